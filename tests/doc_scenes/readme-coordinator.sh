# The files README's coordinator quick start reads, and the coordinator's vault.
printf 'Free them all.\n' > petition-en.txt
printf 'Звільніть їх усіх.\n' > petition-uk.txt
age-keygen -o backup.key 2>/dev/null
age-keygen -y backup.key > backup-key.pub
export FIELDSIGN_VAULT="$PWD/coordinator"
