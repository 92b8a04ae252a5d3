// Un Buffer renvoyé par une fonction (HashChaîne, fChargeBuffer, HexaVersBuffer, Décode,
// ChaîneVersUTF8...) affecté à un Variant, à un membre ou un élément de Variant, à un
// tableau de Variants ou passé à un paramètre non typé est un Buffer pour TypeVar et
// ..Type, comme la valeur d'une variable Buffer (ils renvoyaient wlChaîne). Encode donne
// un Buffer pour un Buffer, sinon une chaîne ; ce qui est calculé d'un Buffer et une
// chaîne qui en reçoit un sont des chaînes (décidé, docs/semantics.md "A Variant holding
// a Buffer").
v est un Variant = HashChaîne(HA_MD5, "abc")
Trace(TypeVar(v) = wlBuffer, v..Type = wlBuffer, Taille(v)) // expect: 1, 1, 16
v = HexaVersBuffer("414243")
Trace(TypeVar(v) = wlBuffer, v) // expect: 1, ABC
sFichier est une chaîne = fRepTemp() + fSep() + "wl_resultat_buffer.bin"
fSauveBuffer(sFichier, "xyz")
v2 est un Variant = fChargeBuffer(sFichier)
fSupprime(sFichier)
Trace(TypeVar(v2) = wlBuffer, v2) // expect: 1, xyz
t est un tableau de Variants
Ajoute(t, HashChaîne(HA_SHA_256, "a"))
Ajoute(t, "")
t[2] = Décode("QUJD")
Trace(TypeVar(t[1]) = wlBuffer, TypeVar(t[2]) = wlBuffer, t[2]) // expect: 1, 1, ABC
STRUCTURE Boîte
  x est un Variant
FIN
o est une Boîte
o.x = ChaîneVersUTF8("é")
vm est un Variant
vm.k = HexaVersBuffer("00FF")
Trace(TypeVar(o.x) = wlBuffer, Taille(o.x), TypeVar(vm.k) = wlBuffer) // expect: 1, 2, 1
Trace(TypeVar(HashChaîne(HA_MD5, "a")) = wlBuffer, Sorte(HexaVersBuffer("41"))) // expect: 1, wlBuffer
w est un Variant = Encode("abc")
w2 est un Variant = Encode(HexaVersBuffer("41"))
Trace(TypeVar(w) = wlChaîne, TypeVar(w2) = wlBuffer) // expect: 1, 1
s est une chaîne = HashChaîne(HA_MD5, "a")
w3 est un Variant = HexaVersBuffer("41") + "z"
w4 est un Variant = UTF8VersChaîne(ChaîneVersUTF8("é"))
Trace(TypeVar(s) = wlChaîne, TypeVar(w3) = wlChaîne, TypeVar(w4) = wlChaîne, w4) // expect: 1, 1, 1, é
PROCÉDURE Sorte(x)
  SI TypeVar(x) = wlBuffer ALORS RENVOYER "wlBuffer"
  RENVOYER "wlChaîne"
