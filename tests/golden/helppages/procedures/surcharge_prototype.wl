// Page d'aide "Surcharge de prototype" (?1514063, lue en anglais) : la page stockée
// s'arrête avant ses exemples ; son principe appliqué à nos procédures : une syntaxe qui
// prend une chaîne, une un entier, une deux entiers, et un constructeur de classe à
// plusieurs syntaxes, choisis selon le nombre et le type des paramètres passés.
Décrit("texte")
// expect: chaîne : texte
Décrit(42)
// expect: entier : 42
Décrit(1, 2)
// expect: deux entiers : 3
p1 est un CPoint
p2 est un CPoint(3, 4)
p3 est un CPoint("5;6")
Trace(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y)
// expect: 0, 0, 3, 4, 5, 6

CPoint est une Classe
  x est un entier
  y est un entier
FIN
PROCÉDURE CPoint::Constructeur()
PROCÉDURE CPoint::Constructeur(nX est un entier, nY est un entier)
x = nX
y = nY
PROCÉDURE CPoint::Constructeur(sXY est une chaîne)
x = Val(ExtraitChaîne(sXY, 1, ";"))
y = Val(ExtraitChaîne(sXY, 2, ";"))

PROCÉDURE Décrit(s est une chaîne)
Trace("chaîne : " + s)
PROCÉDURE Décrit(n est un entier)
Trace("entier : " + n)
PROCÉDURE Décrit(a est un entier, b est un entier)
Trace("deux entiers : " + (a + b))
