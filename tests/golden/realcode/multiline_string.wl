// a multi-line string literal: `= [` at the end of a line, text lines, `]` alone
sRequete est une chaîne = [
    SELECT Nom
    FROM Client
]
Trace(Replace(sRequete, CR, " | ")) // expect: SELECT Nom | FROM Client
arr is array of int = [
    1, 2,
    3
]
Trace(ArrayCount(arr), arr[3]) // expect: 3, 3
