// ChaîneVersHexa n'est pas une fonction WLanguage (aucune page d'aide ne la nomme ; du
// vrai code appelle une procédure de son projet ainsi nommée) : BufferVersHexa l'écrit
Trace(BufferVersHexa("AB", SansRegroupement, SansLigne)) // expect: 4142
Trace(ChaîneVersHexa("AB")) // expect error: Unknown procedure or function 'ChaîneVersHexa'; aucune fonction WLanguage n'a ce nom (c'est une procédure d'un projet) : les octets d'une chaîne en hexadécimal sont BufferVersHexa
