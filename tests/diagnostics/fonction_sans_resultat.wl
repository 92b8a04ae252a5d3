// Une fonction du WLangage qui ne renvoie rien (Trace, Info, Erreur, TableauTrie,
// ThreadPause...) utilisée comme une valeur : WL117, et l'exécution s'arrête à l'appel
// avec les mêmes mots (elle donnait "" ou 0)
t est un tableau d'entiers = [3, 1, 2]
p est une Pile d'entiers
x est un entier = Trace("a") // error: WL117:19 'Trace' gives no result: its call cannot be used as a value
s est une chaîne
s = Erreur("b") // error: WL117:5 'Erreur' gives no result: its call cannot be used as a value
SI TableauTrie(t) ALORS s = "trié" // error: WL117:4 'TableauTrie' gives no result: its call cannot be used as a value
Trace("n = " + TRACE("c")) // error: WL117:16 'TRACE' gives no result: its call cannot be used as a value
// fonctions dont aucune page conservée ne montre le résultat dans WINDEV (elles
// démarrent, ferment, connectent ou règlent, ce qui dit souvent si elles ont pu) : pas
// jugées, pas de WL117
bOuverte est un booléen = TraceDébut(1)
bFermée est un booléen = SocketFerme("sck")
SI ChronoPause() ALORS Trace("en pause")
// TableauSupprime donne un entier dans le moteur de WINDEV lui-même : pas jugée ;
// TableauSupprimeTout n'en donne pas, et reste jugée
nReste est un entier = TableauSupprime(t, 1)
SI TableauSupprimeTout(t) ALORS Trace("vidé") // error: WL117:4 'TableauSupprimeTout' gives no result: its call cannot be used as a value
Trace(nReste, t.Supprime(1))
Trace(bOuverte, bFermée, Empile(p, 1), SignalOuvre("go")) // error: WL117:40 'SignalOuvre' gives no result: its call cannot be used as a value
// seule sur sa ligne, ou RENVOYÉE par une procédure, elle reste telle quelle
Trace(x, s)
TableauTrie(t)
Trace(Note("d"))
PROCÉDURE Note(sTexte)
RENVOYER Trace(sTexte)
