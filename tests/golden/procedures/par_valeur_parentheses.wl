// Une variable, un membre ou un élément écrit entre parenthèses dans un appel est passé
// par valeur (`P((x))`) : la procédure travaille sur une copie, la variable de l'appelant
// garde sa valeur (INFERRED : docs/semantics.md). Sans les parenthèses, le même appel la
// change.
Compteur est un entier = 1
AjouteDix(Compteur)
Trace(Compteur)
// expect: 11
Trace(AjouteDix((Compteur)), Compteur)
// expect: 21, 11
ST_Boîte est une Structure
  Taille est un entier
FIN
b est une ST_Boîte
b.Taille = 5
AjouteDix((b.Taille))
Trace(b.Taille)
// expect: 5
t est un tableau d'entiers = [1, 2]
AjouteDix((t[2]))
AjouteDix(t[1])
Trace(t[1], t[2])
// expect: 11, 2

PROCÉDURE AjouteDix(n)
n += 10
RENVOYER n
