# An organizer's own vault (a second laptop), and the sheet README imports.
export FIELDSIGN_VAULT="$PWD/organizer"
printf 'sheet,line,name,email,country\n2,1,Ana Lima,ana@example.org,BR\n2,2,Jan Novák,jan@example.cz,CZ\n' > sheet-2.csv
