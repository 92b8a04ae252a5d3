// Le paramètre d'une procédure globale, d'une méthode ou d'une lambda nommé comme une
// variable du code principal la masque, sans avertissement (WL205) ; une variable de la
// procédure, si (?1514054)
sFichier est une chaîne = "a.txt"
x est un entier = 1
Enregistre(sFichier)
g est une procédure = (x) => x * 2
Trace(g(2), x)
PROCÉDURE Enregistre(SFICHIER)
Trace(sFichier)
x est un entier = 3 // warning: WL205:1 'x' hides the variable of the same name declared at line 5
Trace(x)
