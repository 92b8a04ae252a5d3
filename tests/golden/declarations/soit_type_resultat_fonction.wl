// `soit x = F(...)` prend le type de résultat que F déclare (Inférence de type ?3087003 :
// la variable prend le type de la valeur donnée) : HashChaîne donne un Buffer (c'était un
// Variant qui répondait wlChaîne), Taille un entier, Majuscule une chaîne ; une procédure
// à nous du nom d'une fonction n'est pas la fonction (semantics/let_results.py).
soit b = HashChaîne(HA_MD5, "abc")
Trace(TypeVar(b) = wlBuffer)   // expect: 1
Trace(BufferVersHexa(b, SansRegroupement))   // expect: 900150983CD24FB0D6963F7D28E17F72
soit n = Taille("abcd")
Trace(TypeVar(n) = wlEntier, n)   // expect: 1, 4
n = "12"
Trace(n + 1)   // expect: 13
soit s = Majuscule("abc")
Trace(TypeVar(s) = wlChaîne, s)   // expect: 1, ABC
soit d = DateDuJour()
Trace(TypeVar(d) = wlDate)   // expect: 1
soit m = Milieu("abcdef", 2, 3)
Trace(m)   // expect: bcd
soit k = ArrondiSupérieur("abc")   // la nôtre, pas la fonction (dont le résultat est un nombre)
Trace(k)   // expect: abc!
PROCÉDURE ArrondiSupérieur(x)
RENVOYER x + "!"
