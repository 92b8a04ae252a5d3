// une lambda typée qui peut finir sans RENVOYER : WL214 la nomme "this lambda"
fAffiche est une procédure = (x est un entier) : entier => { SI x > 0 ALORS RENVOYER x } // warning: WL214:30 this lambda is declared to return entier but can reach its end without RESULT: it then returns the type's default value
Trace(fAffiche(2))
