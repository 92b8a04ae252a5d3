// A keyword of the other language (or in another case) is still a keyword: `fin` is
// END, so it cannot name a variable; the error says so (docs/semantics.md)
nTotal is int = 1
fin is int = 4 // expect error: 'fin' is a WLanguage keyword (END / FIN, any case)
