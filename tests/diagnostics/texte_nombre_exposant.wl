// Un texte que l'exécution lit en entier comme un nombre avec exposant ("1e3" vaut 1000,
// comme Val le lit) est un nombre : WL206 disait « the text "1e3" is not a number and is
// stored as 1000 », un avertissement qui se contredisait.
rTaux est un réel = "1E-2"
nNombre est un entier = "1e3"
moFrais est un monétaire = "+1.5e+2"
rDemi est un réel = "1e" // warning: WL206:1 'rDemi' is a real: the text "1e" is not a number and is stored as 1
nBizarre est un entier = "+-5" // warning: WL206:1 'nBizarre' is an integer: the text "+-5" is not a number and is stored as 0
Trace(rTaux, nNombre, moFrais, rDemi, nBizarre, Gauche("abcd", "2e0"))
