//! A labelled generator of signature records for measuring the duplicate matcher: people
//! in the campaign's 17 languages, some of whom signed twice with one *variant* (case,
//! accents, spacing, a typo, a transposition, surname first, an initial, another
//! script, a missing, upper-cased or different email), plus hard negatives (a namesake
//! in the same city; a relative sharing the email and address). Deterministic per seed.

#![allow(
    dead_code,
    clippy::cast_possible_truncation,
    clippy::cast_precision_loss
)]

/// What makes a duplicate differ from the first record, or what a hard negative is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Variant {
    Case,
    Accents,
    Spacing,
    Typo,
    Transposition,
    SurnameFirst,
    Initials,
    Transliteration,
    MissingEmail,
    UpperEmail,
    DifferentEmail,
    /// Hard negative: another person of the same name in the same city.
    Namesake,
    /// Hard negative: a relative sharing email, postcode and city.
    Family,
}

impl Variant {
    pub const DUPLICATES: [Variant; 11] = [
        Variant::Case,
        Variant::Accents,
        Variant::Spacing,
        Variant::Typo,
        Variant::Transposition,
        Variant::SurnameFirst,
        Variant::Initials,
        Variant::Transliteration,
        Variant::MissingEmail,
        Variant::UpperEmail,
        Variant::DifferentEmail,
    ];
    pub const NEGATIVES: [Variant; 2] = [Variant::Namesake, Variant::Family];

    pub fn name(self) -> &'static str {
        match self {
            Variant::Case => "case",
            Variant::Accents => "accents dropped",
            Variant::Spacing => "spacing",
            Variant::Typo => "typo",
            Variant::Transposition => "transposition",
            Variant::SurnameFirst => "surname first",
            Variant::Initials => "initial",
            Variant::Transliteration => "other script",
            Variant::MissingEmail => "email missing",
            Variant::UpperEmail => "email upper-cased",
            Variant::DifferentEmail => "different email",
            Variant::Namesake => "namesake, same city (negative)",
            Variant::Family => "relative, shared email (negative)",
        }
    }
}

/// One generated record: its values by role, who it is, and how it came about.
#[derive(Debug, Clone)]
pub struct Synth {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
    /// Records of one person share it.
    pub person: usize,
    /// `None` for a first (original) record.
    pub variant: Option<Variant>,
    pub lang: &'static str,
}

/// splitmix64: small, deterministic, good enough to draw test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A language's names: (native, Latin) for scripts other than Latin, and for Latin
/// languages the native spelling twice (its ASCII form is the accents variant).
struct Lang {
    code: &'static str,
    country: &'static str,
    first: &'static [(&'static str, &'static str)],
    last: &'static [(&'static str, &'static str)],
    cities: &'static [(&'static str, &'static str)],
    /// Postcode digits and where a space goes (Greek and Swedish `105 58`).
    postcode_space: Option<usize>,
}

macro_rules! same {
    ($($s:literal),* $(,)?) => { &[$(($s, $s)),*] };
}

const LANGS: &[Lang] = &[
    Lang {
        code: "ar",
        country: "EG",
        postcode_space: None,
        first: &[
            ("محمد", "Mohammed"),
            ("أحمد", "Ahmed"),
            ("فاطمة", "Fatima"),
            ("علي", "Ali"),
            ("خالد", "Khaled"),
            ("مريم", "Maryam"),
            ("يوسف", "Youssef"),
            ("نور", "Nour"),
            ("عمر", "Omar"),
            ("ليلى", "Layla"),
        ],
        last: &[
            ("عبدالله", "Abdullah"),
            ("حسن", "Hassan"),
            ("إبراهيم", "Ibrahim"),
            ("منصور", "Mansour"),
            ("سعيد", "Said"),
            ("الخطيب", "Alkhatib"),
            ("حداد", "Haddad"),
            ("نصر", "Nasr"),
            ("سليمان", "Suleiman"),
            ("جابر", "Jaber"),
        ],
        cities: &[("القاهرة", "Cairo"), ("الإسكندرية", "Alexandria")],
    },
    Lang {
        code: "cs",
        country: "CZ",
        postcode_space: Some(3),
        first: same![
            "Jiří",
            "Tomáš",
            "Lucie",
            "Petra",
            "Jan",
            "Kateřina",
            "Martin",
            "Zuzana",
            "Ondřej",
            "Veronika"
        ],
        last: same![
            "Novák",
            "Dvořák",
            "Černý",
            "Procházková",
            "Kučera",
            "Veselý",
            "Horáková",
            "Němec",
            "Marek",
            "Pokorný"
        ],
        cities: same!["Praha", "Brno"],
    },
    Lang {
        code: "da",
        country: "DK",
        postcode_space: None,
        first: same![
            "Søren", "Mette", "Jørgen", "Anne", "Lars", "Ida", "Mads", "Freja", "Bjørn", "Sofie"
        ],
        last: same![
            "Jørgensen",
            "Nielsen",
            "Hansen",
            "Møller",
            "Sørensen",
            "Kristensen",
            "Lund",
            "Østergaard",
            "Holm",
            "Dahl"
        ],
        cities: same!["København", "Århus"],
    },
    Lang {
        code: "el",
        country: "GR",
        postcode_space: Some(3),
        first: &[
            ("Σωκράτης", "Sokratis"),
            ("Μαρία", "Maria"),
            ("Γιώργος", "Giorgos"),
            ("Ελένη", "Eleni"),
            ("Νίκος", "Nikos"),
            ("Κατερίνα", "Katerina"),
            ("Δημήτρης", "Dimitris"),
            ("Σοφία", "Sofia"),
            ("Κώστας", "Kostas"),
            ("Άννα", "Anna"),
        ],
        last: &[
            ("Παπαδόπουλος", "Papadopoulos"),
            ("Νικολάου", "Nikolaou"),
            ("Γεωργίου", "Georgiou"),
            ("Οικονόμου", "Oikonomou"),
            ("Δημητρίου", "Dimitriou"),
            ("Ιωάννου", "Ioannou"),
            ("Κωνσταντίνου", "Konstantinou"),
            ("Μακρής", "Makris"),
            ("Αλεξίου", "Alexiou"),
            ("Βασιλείου", "Vasileiou"),
        ],
        cities: &[("Αθήνα", "Athina"), ("Θεσσαλονίκη", "Thessaloniki")],
    },
    Lang {
        code: "es",
        country: "ES",
        postcode_space: None,
        first: same![
            "José", "María", "Íñigo", "Lucía", "Andrés", "Sofía", "Martín", "Begoña", "Raúl",
            "Inés"
        ],
        last: same![
            "Núñez",
            "García",
            "Fernández",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Muñoz",
            "Álvarez"
        ],
        cities: same!["Madrid", "Sevilla"],
    },
    Lang {
        code: "en",
        country: "GB",
        postcode_space: None,
        first: same![
            "James",
            "Emily",
            "Oliver",
            "Charlotte",
            "Harry",
            "Amelia",
            "George",
            "Isla",
            "Jack",
            "Grace"
        ],
        last: same![
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
            "Roberts", "Walker"
        ],
        cities: same!["London", "Leeds"],
    },
    Lang {
        code: "fr",
        country: "FR",
        postcode_space: None,
        first: same![
            "Zoë",
            "François",
            "Hélène",
            "Jérôme",
            "Céline",
            "Loïc",
            "Amélie",
            "Gaël",
            "Noémie",
            "Benoît"
        ],
        last: same![
            "Lefèvre",
            "Dubois",
            "Moreau",
            "Girard",
            "Bézier",
            "Mercier",
            "Fournier",
            "Lambert",
            "Rousseau",
            "Chévrier"
        ],
        cities: same!["Paris", "Lyon"],
    },
    Lang {
        code: "hi",
        country: "IN",
        postcode_space: None,
        first: &[
            ("राहुल", "Rahul"),
            ("प्रिया", "Priya"),
            ("अमित", "Amit"),
            ("सुनीता", "Sunita"),
            ("विजय", "Vijay"),
            ("अनीता", "Anita"),
            ("संजय", "Sanjay"),
            ("कविता", "Kavita"),
            ("राजेश", "Rajesh"),
            ("पूजा", "Pooja"),
        ],
        last: &[
            ("शर्मा", "Sharma"),
            ("वर्मा", "Verma"),
            ("गुप्ता", "Gupta"),
            ("सिंह", "Singh"),
            ("कुमार", "Kumar"),
            ("पटेल", "Patel"),
            ("जोशी", "Joshi"),
            ("मिश्रा", "Mishra"),
            ("यादव", "Yadav"),
            ("चौहान", "Chauhan"),
        ],
        cities: &[("दिल्ली", "Delhi"), ("मुंबई", "Mumbai")],
    },
    Lang {
        code: "it",
        country: "IT",
        postcode_space: None,
        first: same![
            "Niccolò",
            "Giulia",
            "Lorenzo",
            "Chiara",
            "Mattia",
            "Francesca",
            "Andrea",
            "Martina",
            "Luca",
            "Sara"
        ],
        last: same![
            "Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
            "Fontana"
        ],
        cities: same!["Roma", "Milano"],
    },
    Lang {
        code: "nl",
        country: "NL",
        postcode_space: Some(4),
        first: same![
            "Daan", "Sanne", "Bram", "Eva", "Joris", "Lotte", "Sem", "Fleur", "Thijs", "Anouk"
        ],
        last: same![
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder"
        ],
        cities: same!["Amsterdam", "Utrecht"],
    },
    Lang {
        code: "nb",
        country: "NO",
        postcode_space: None,
        first: same![
            "Ørjan", "Ingrid", "Håkon", "Sigrid", "Eirik", "Ragnhild", "Øystein", "Solveig",
            "Trond", "Åse"
        ],
        last: same![
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Kristiansen",
            "Bakken",
            "Solberg"
        ],
        cities: same!["Oslo", "Bergen"],
    },
    Lang {
        code: "pl",
        country: "PL",
        postcode_space: None,
        first: same![
            "Łukasz",
            "Małgorzata",
            "Paweł",
            "Agnieszka",
            "Michał",
            "Katarzyna",
            "Wojciech",
            "Żaneta",
            "Grzegorz",
            "Joanna"
        ],
        last: same![
            "Kowalski",
            "Wiśniewska",
            "Wójcik",
            "Kamiński",
            "Lewandowska",
            "Zieliński",
            "Szymańska",
            "Woźniak",
            "Dąbrowski",
            "Kozłowska"
        ],
        cities: same!["Warszawa", "Kraków"],
    },
    Lang {
        code: "pt",
        country: "BR",
        postcode_space: None,
        first: same![
            "João",
            "Ana",
            "Conceição",
            "Sebastião",
            "Lívia",
            "Gonçalo",
            "Beatriz",
            "Tomás",
            "Leonor",
            "Vinícius"
        ],
        last: same![
            "Lima",
            "Silva",
            "Gonçalves",
            "Araújo",
            "Conceição",
            "Simões",
            "Magalhães",
            "Brandão",
            "Pereira",
            "Gusmão"
        ],
        cities: same!["São Paulo", "Lisboa"],
    },
    Lang {
        code: "ru",
        country: "RU",
        postcode_space: None,
        first: &[
            ("Борис", "Boris"),
            ("Наталья", "Natalya"),
            ("Алексей", "Aleksey"),
            ("Екатерина", "Ekaterina"),
            ("Дмитрий", "Dmitry"),
            ("Ольга", "Olga"),
            ("Сергей", "Sergey"),
            ("Татьяна", "Tatyana"),
            ("Михаил", "Mikhail"),
            ("Юлия", "Yulia"),
        ],
        last: &[
            ("Кагарлицкий", "Kagarlitsky"),
            ("Иванов", "Ivanov"),
            ("Смирнова", "Smirnova"),
            ("Кузнецов", "Kuznetsov"),
            ("Попова", "Popova"),
            ("Соколов", "Sokolov"),
            ("Лебедева", "Lebedeva"),
            ("Козлов", "Kozlov"),
            ("Новикова", "Novikova"),
            ("Морозов", "Morozov"),
        ],
        cities: &[("Москва", "Moskva"), ("Казань", "Kazan")],
    },
    Lang {
        code: "sr",
        country: "RS",
        postcode_space: None,
        first: &[
            ("Ђорђе", "Djordje"),
            ("Јелена", "Jelena"),
            ("Милош", "Milos"),
            ("Драгана", "Dragana"),
            ("Никола", "Nikola"),
            ("Љиљана", "Ljiljana"),
            ("Стефан", "Stefan"),
            ("Марија", "Marija"),
            ("Душан", "Dusan"),
            ("Ивана", "Ivana"),
        ],
        last: &[
            ("Јовановић", "Jovanovic"),
            ("Петровић", "Petrovic"),
            ("Николић", "Nikolic"),
            ("Ђорђевић", "Djordjevic"),
            ("Марковић", "Markovic"),
            ("Стојановић", "Stojanovic"),
            ("Илић", "Ilic"),
            ("Павловић", "Pavlovic"),
            ("Милошевић", "Milosevic"),
            ("Станковић", "Stankovic"),
        ],
        cities: &[("Београд", "Beograd"), ("Нови Сад", "Novi Sad")],
    },
    Lang {
        code: "sv",
        country: "SE",
        postcode_space: Some(3),
        first: same![
            "Åsa", "Björn", "Märta", "Göran", "Linnéa", "Sören", "Elsa", "Östen", "Maja", "Måns"
        ],
        last: same![
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Lindqvist",
            "Åberg",
            "Ström",
            "Sjöberg",
            "Öberg"
        ],
        cities: same!["Stockholm", "Göteborg"],
    },
    Lang {
        code: "uk",
        country: "UA",
        postcode_space: None,
        first: &[
            ("Олена", "Olena"),
            ("Олексій", "Oleksii"),
            ("Ірина", "Iryna"),
            ("Андрій", "Andrii"),
            ("Юлія", "Yuliia"),
            ("Григорій", "Hryhorii"),
            ("Оксана", "Oksana"),
            ("Тарас", "Taras"),
            ("Наталія", "Nataliia"),
            ("Богдан", "Bohdan"),
        ],
        last: &[
            ("Шевченко", "Shevchenko"),
            ("Коваленко", "Kovalenko"),
            ("Бондаренко", "Bondarenko"),
            ("Ткаченко", "Tkachenko"),
            ("Кравчук", "Kravchuk"),
            ("Гончаренко", "Honcharenko"),
            ("Мельник", "Melnyk"),
            ("Поліщук", "Polishchuk"),
            ("Лисенко", "Lysenko"),
            ("Ющенко", "Yushchenko"),
        ],
        cities: &[("Київ", "Kyiv"), ("Львів", "Lviv")],
    },
];

const DOMAINS: [&str; 4] = [
    "example.org",
    "mail.example",
    "post.example",
    "inbox.example",
];

/// A generated person, before their records are written.
struct Person {
    lang: &'static Lang,
    first: usize,
    last: usize,
    city: usize,
    postcode: String,
    email: String,
    phone: String,
}

fn new_person(rng: &mut Rng, n: usize) -> Person {
    let lang = rng.pick(LANGS);
    let (first, last, city) = (
        rng.below(lang.first.len()),
        rng.below(lang.last.len()),
        rng.below(lang.cities.len()),
    );
    let email = if rng.chance(0.8) {
        let local =
            ascii(&format!("{}.{}", lang.first[first].1, lang.last[last].1)).replace(' ', "");
        format!("{}{}@{}", local.to_lowercase(), n, rng.pick(&DOMAINS))
    } else {
        String::new()
    };
    let phone = if rng.chance(0.5) {
        format!(
            "+{} {:03} {:06}",
            30 + rng.below(60),
            rng.below(1000),
            rng.below(1_000_000)
        )
    } else {
        String::new()
    };
    Person {
        lang,
        first,
        last,
        city,
        postcode: postcode(rng, lang),
        email,
        phone,
    }
}

fn postcode(rng: &mut Rng, lang: &Lang) -> String {
    let digits = format!("{:05}", rng.below(100_000));
    match lang.postcode_space {
        Some(at) => format!("{} {}", &digits[..at], &digits[at..]),
        None => digits,
    }
}

/// Latin letters without their marks (the accents variant; also email local parts).
pub fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => "a".to_owned(),
            'Á' | 'Å' | 'Ä' => "A".to_owned(),
            'é' | 'è' | 'ê' | 'ë' | 'ě' | 'ę' => "e".to_owned(),
            'í' | 'ì' | 'î' | 'ï' => "i".to_owned(),
            'Í' | 'Î' => "I".to_owned(),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => "o".to_owned(),
            'Ö' | 'Ø' | 'Ó' => "O".to_owned(),
            'ú' | 'ù' | 'û' | 'ü' | 'ů' => "u".to_owned(),
            'ñ' | 'ń' => "n".to_owned(),
            'ç' | 'č' | 'ć' => "c".to_owned(),
            'Č' | 'Ć' => "C".to_owned(),
            'ř' => "r".to_owned(),
            'š' | 'ś' => "s".to_owned(),
            'Š' | 'Ś' => "S".to_owned(),
            'ž' | 'ź' | 'ż' => "z".to_owned(),
            'Ž' | 'Ż' => "Z".to_owned(),
            'ł' => "l".to_owned(),
            'Ł' => "L".to_owned(),
            'ý' => "y".to_owned(),
            'æ' => "ae".to_owned(),
            'Æ' => "Ae".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

fn full_name(p: &Person, latin: bool) -> String {
    let pick = |pair: &(&'static str, &'static str)| -> &'static str {
        if latin { pair.1 } else { pair.0 }
    };
    format!(
        "{} {}",
        pick(&p.lang.first[p.first]),
        pick(&p.lang.last[p.last])
    )
}

fn record(p: &Person, person: usize, variant: Option<Variant>) -> Synth {
    Synth {
        name: full_name(p, false),
        email: p.email.clone(),
        phone: p.phone.clone(),
        postcode: p.postcode.clone(),
        city: p.lang.cities[p.city].0.to_owned(),
        country: p.lang.country.to_owned(),
        person,
        variant,
        lang: p.lang.code,
    }
}

/// A typo: one letter (not the first) replaced, dropped or doubled.
fn typo(rng: &mut Rng, word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 4 {
        return word.to_owned();
    }
    let at = 1 + rng.below(chars.len() - 1);
    let mut out = chars.clone();
    match rng.below(3) {
        0 => out[at] = *rng.pick(&chars),
        1 => {
            out.remove(at);
        }
        _ => out.insert(at, chars[at]),
    }
    out.into_iter().collect()
}

/// Two neighbouring letters of the surname swapped.
fn transpose(rng: &mut Rng, word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() < 4 {
        return word.to_owned();
    }
    let at = 1 + rng.below(chars.len() - 2);
    chars.swap(at, at + 1);
    chars.into_iter().collect()
}

/// The second record of a person who signed twice, made different by `variant`.
fn duplicate(rng: &mut Rng, p: &Person, person: usize, variant: Variant) -> Synth {
    let mut r = record(p, person, Some(variant));
    let first = p.lang.first[p.first].0;
    let last = p.lang.last[p.last].0;
    match variant {
        Variant::Case => {
            r.name = if rng.chance(0.5) {
                r.name.to_uppercase()
            } else {
                r.name.to_lowercase()
            }
        }
        Variant::Accents => r.name = ascii(&r.name),
        Variant::Spacing => r.name = format!("  {first}   {last} "),
        Variant::Typo => r.name = format!("{first} {}", typo(rng, last)),
        Variant::Transposition => r.name = format!("{first} {}", transpose(rng, last)),
        Variant::SurnameFirst => r.name = format!("{last} {first}"),
        Variant::Initials => {
            let initial: String = first.chars().take(1).collect();
            r.name = format!("{initial}. {last}");
        }
        Variant::Transliteration => r.name = ascii(&full_name(p, true)),
        Variant::MissingEmail => r.email.clear(),
        Variant::UpperEmail => r.email = r.email.to_uppercase(),
        Variant::DifferentEmail => {
            r.email = format!(
                "{}{}@{}",
                ascii(&p.lang.first[p.first].1.to_lowercase()),
                rng.below(1000),
                rng.pick(&DOMAINS)
            );
        }
        Variant::Namesake | Variant::Family => unreachable!("not a duplicate"),
    }
    // Retyped contacts: the postcode with or without its space, the phone spelled again.
    if rng.chance(0.5) {
        r.postcode = r.postcode.replace(' ', "");
    }
    if !r.phone.is_empty() && rng.chance(0.5) {
        r.phone = r.phone.replace(' ', "-").replacen('+', "00", 1);
    }
    // Sometimes a contact is simply not written the second time.
    if rng.chance(0.2) {
        r.phone.clear();
    }
    if rng.chance(0.15) {
        r.postcode.clear();
    }
    r
}

/// `people` people, each signing once; a share signs twice (one variant each, evenly
/// spread) and some get a hard negative beside them.
pub fn generate(seed: u64, people: usize) -> Vec<Synth> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(people * 5 / 4);
    let mut person = 0;
    while person < people {
        let p = new_person(&mut rng, person);
        out.push(record(&p, person, None));
        let roll = rng.below(100);
        if roll < 11 {
            let variant = Variant::DUPLICATES[person % Variant::DUPLICATES.len()];
            out.push(duplicate(&mut rng, &p, person, variant));
        } else if roll < 14 {
            // A namesake: same name and city, their own email, phone and address.
            let mut other = new_person(&mut rng, person + 1);
            other.lang = p.lang;
            other.first = p.first;
            other.last = p.last;
            other.city = p.city;
            person += 1;
            out.push(Synth {
                variant: Some(Variant::Namesake),
                ..record(&other, person, None)
            });
        } else if roll < 17 {
            // A relative: same surname, another first name, the same email and address.
            let mut other = new_person(&mut rng, person + 1);
            other.lang = p.lang;
            other.last = p.last;
            other.first = (p.first + 1 + rng.below(p.lang.first.len() - 1)) % p.lang.first.len();
            other.city = p.city;
            other.postcode.clone_from(&p.postcode);
            other.email.clone_from(&p.email);
            person += 1;
            out.push(Synth {
                variant: Some(Variant::Family),
                ..record(&other, person, None)
            });
        }
        person += 1;
    }
    out
}
