// Compresse et Crypte lisent les octets d'une valeur selon la règle unique des fonctions
// (values.to_bytes) : ceux d'une chaîne UNICODE sont son UTF-16 (aide ?1000019916), et
// l'aller-retour rend une chaîne UNICODE (INFERRED : aucune page de Compresse ni de Crypte
// ne parle des chaînes UNICODE).
u est une chaîne UNICODE = "Été 日本"
s est une chaîne = "Été 日本"
Trace(Compresse(u, compresseGZIP) = Compresse(s, compresseGZIP))   // expect: 0
w est une chaîne UNICODE = "Aé"
Trace(BufferVersHexa(Décompresse(Compresse(w, compresseGZIP)), SansLigne))   // expect: 4100E900
r est une chaîne UNICODE = Décompresse(Compresse(u))
Trace(r = u, Taille(r))   // expect: 1, 6
v est un Variant = Décompresse(Compresse(u))
Trace(TypeVar(v) = wlChaîneUnicode, v)   // expect: 1, Été 日本
Trace(TypeVar(Décompresse(Compresse(s))) = wlChaîne)   // expect: 1
Trace(BufferVersHexa(Crypte(w, "", crypteAucun, encodeAucun), SansLigne))   // expect: 4100E900
x est un Variant = Décrypte(Crypte(u, "mdp"), "mdp")
Trace(TypeVar(x) = wlChaîneUnicode, x = u)   // expect: 1, 1
m est une chaîne UNICODE = "clé"
Trace(Décrypte(Crypte("abc", m), "clé"))   // expect: abc
