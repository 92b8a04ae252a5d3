// `<utile>` sur une procédure ou un paramètre : le développeur dit qu'il sert même si
// rien ne semble s'en servir (WINDEV ne signale alors rien) : pas de WL202 aux
// paramètres de la procédure, pas de WL203 à une procédure de script que rien n'appelle.
Trace(Typée(1))
Trace(Gardée(1, 2))
Trace(Autre(1))
PROCÉDURE Typée(LOCAL n est un entier <utile>)
RENVOYER 3
PROCÉDURE Gardée(x <utile>, y est un entier <UTILE>)
RENVOYER 0
PROCÉDURE Autre(a, b = 0) // warning: WL202:20 the parameter 'b' is never used
RENVOYER a
PROCÉDURE AppeléeParSonNom() <Utile>
Trace("par son nom")
