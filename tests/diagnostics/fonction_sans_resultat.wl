// Une fonction du WLangage qui ne renvoie rien (Trace, Info, Erreur, TableauTrie,
// ThreadPause...) utilisée comme une valeur : WL117, et l'exécution s'arrête à l'appel
// avec les mêmes mots (elle donnait "" ou 0)
t est un tableau d'entiers = [3, 1, 2]
x est un entier = Trace("a") // error: WL117:19 'Trace' gives no result: its call cannot be used as a value
s est une chaîne
s = Erreur("b") // error: WL117:5 'Erreur' gives no result: its call cannot be used as a value
SI TableauTrie(t) ALORS s = "trié" // error: WL117:4 'TableauTrie' gives no result: its call cannot be used as a value
Trace("n = " + TRACE("c")) // error: WL117:16 'TRACE' gives no result: its call cannot be used as a value
// seule sur sa ligne, ou RENVOYÉE par une procédure, elle reste telle quelle
Trace(x, s)
TableauTrie(t)
Trace(Note("d"))
PROCÉDURE Note(sTexte)
RENVOYER Trace(sTexte)
