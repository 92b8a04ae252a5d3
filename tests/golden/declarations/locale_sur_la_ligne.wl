// LOCAL / LOCALE écrit devant une déclaration sur sa ligne (procédure, code principal,
// paramètres), avec un type en deux mots et une chaîne sur plusieurs lignes
sRequête est une chaîne = Requête("Dupont")
Trace(sRequête) // expect: SELECT nom FROM Client WHERE nom = 'Dupont'
LOCALE nTotal est un entier = Somme(2, 3)
Trace(nTotal) // expect: 5
locale a, b sont des entiers
Trace(a + b) // expect: 0

PROCÉDURE Requête(LOCAL sNom est une chaîne)
LOCAL sSQL est une chaîne ANSI = [
SELECT nom FROM Client WHERE nom = '%1'
]
RENVOYER ChaîneConstruit(sSQL, sNom)

PROCÉDURE Somme(x est un entier, y est un entier)
Locale n est un entier = x
n += y
RENVOYER n
