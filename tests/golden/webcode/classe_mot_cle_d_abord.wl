// Une classe déclarée mot-clé d'abord, comme l'écrivent le C++, le C# et Java et comme
// des pages web montrent des classes WINDEV écrites de mémoire ("CLASSE CConfig ... FIN
// CLASSE" avec ses méthodes dedans) : l'erreur donne la forme du WLangage (le nom
// d'abord, FIN, puis les méthodes en PROCÉDURE Classe::Méthode) au lieu de "unexpected
// 'CRéglages'".
CLASSE CRéglages // expect error: 'CLASSE CRéglages' is no WLanguage declaration (the name comes first): write CRéglages est une Classe, its members, then FIN; its methods follow that FIN, each PROCEDURE CRéglages::Name()
	sChemin est une chaîne
PROCÉDURE Charger() : booléen
	RENVOYER fFichierExiste(sChemin)
FIN
FIN CLASSE
