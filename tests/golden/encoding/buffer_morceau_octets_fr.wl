// Un morceau de Buffer (`b[[i]]`, `b[[i A j]]`, `b[[i SUR n]]`) est un Buffer (décidé le
// 5 déc. 2026, docs/builtins.md) : fEcrit et fSauveTexte écrivent ses octets tels quels,
// comme ceux d'un Buffer, dans tout fichier. Avant, le morceau était du texte : écrit
// dans un fichier UTF-8, l'octet E9 devenait C3 A9 (un enregistrement découpé dans un
// buffer binaire sortait abîmé), et TypeVar disait wlChaîne. Gauche, Droite, Milieu et deux morceaux joints de même.
b est un Buffer = [0xE9, 0x41, 0xFF, 0x00]
sFic est une chaîne = fRepTemp() + fSep() + "wl_golden_morceau_buffer_" + Hasard(1, 999999999) + ".bin"
nFic est un entier = fCrée(sFic, foUTF8)
fEcrit(nFic, b[[1 A 3]])
fFerme(nFic)
Trace(BufferVersHexa(fChargeBuffer(sFic))) // expect: EF BB BF E9 41 FF
fSauveTexte(sFic, b[[2 SUR 2]])
Trace(BufferVersHexa(fChargeBuffer(sFic))) // expect: 41 FF
Trace(TypeVar(b[[1]]) = wlBuffer, TypeVar(b[[1 A 2]]) = wlBuffer) // expect: 1, 1
// ses octets se comparent et se convertissent comme avant
Trace(b[[2]] = "A", Asc(b[[1]]), Taille(b[[2 A]])) // expect: 1, 233, 3
// Gauche, Droite et Milieu d'un Buffer donnent aussi un Buffer
fSauveTexte(sFic, Milieu(b, 1, 2) + Droite(b, 1))
Trace(BufferVersHexa(fChargeBuffer(sFic)), TypeVar(Gauche(b, 2)) = wlBuffer) // expect: E9 41 00, 1
// un morceau de chaîne reste une chaîne
s est une chaîne = "été"
Trace(TypeVar(s[[1]]) = wlChaîne) // expect: 1
fSupprime(sFic)
