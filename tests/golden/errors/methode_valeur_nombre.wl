// une méthode de chaîne appelée avec un mauvais nombre de paramètres : une erreur
// WLangage qui nomme la fonction qu'elle remplace (la valeur compte comme premier
// paramètre) ; la méthode Formate d'une classe fait choisir l'appel à l'exécution
s est une chaîne = "été"
Trace(s.Formate(ccMajuscule)) // expect: ÉTÉ
Trace(s.Formate(ccMajuscule, 1)) // expect error: The method .Formate() is ChaîneFormate, which expects 2 parameter(s) counting the value it is called on, but received 3.

CImprimante est une Classe
FIN
PROCÉDURE CImprimante::Formate()
RENVOYER "imprimante"
