// TypeVar(F()) où le résultat déclaré de F est un type dont les valeurs ressemblent à
// celles d'un autre (un Buffer, une Date : TypeVar répond par la déclaration) donnait
// cette réponse sans appeler F : ce que fait F n'arrivait jamais (la Trace d'une lecture,
// un compteur, un fichier lu dont ErreurDétectée n'était jamais positionné). L'appel est
// fait, comme pour tout autre paramètre.
tAppels est un tableau d'entiers
Trace(TypeVar(BlocSuivant(tAppels))) // expect: 30
Trace(TypeVar(JourSuivant(tAppels))) // expect: 24
Trace(TypeVar(NomSuivant(tAppels))) // expect: 16
Trace(TableauOccurrence(tAppels), tAppels[1], tAppels[3]) // expect: 3, 1, 3
Trace(TypeVar(fChargeBuffer(fRepTemp() + "/fichier_absent_typevar.bin")), ErreurDétectée) // expect: 30, 1

PROCÉDURE BlocSuivant(t est un tableau d'entiers) : Buffer
TableauAjoute(t, TableauOccurrence(t) + 1)
RENVOYER "AB"

PROCÉDURE JourSuivant(t est un tableau d'entiers) : Date
TableauAjoute(t, TableauOccurrence(t) + 1)
RENVOYER "20261206"

PROCÉDURE NomSuivant(t est un tableau d'entiers) : chaîne
TableauAjoute(t, TableauOccurrence(t) + 1)
RENVOYER "Anne"
