// Une DateHeure retranchée d'un membre ou d'un élément qui tient un nombre : l'exécution
// s'arrête comme pour `n - dh` ; WL113 à la DateHeure.
ST est une Structure
	n est un entier
FIN
PROCÉDURE Décale(st est un ST, t est un tableau d'entiers, dh est une DateHeure)
st.n -= dh // error: WL113:9 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
t[1] -= dh // error: WL113:9 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
Trace(st.n, t[1])
