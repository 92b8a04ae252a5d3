// PRIVATE before a declaration outside a class: an access word of class members only
PRIVÉ nSecret est un entier // expect error: an access word (PRIVATE, PROTECTED, PUBLIC...) before a declaration is for a class's members: only in a class
