// Le texte de Désérialise écrit d'abord (code du web : `Désérialise(sContenu, moi,
// psdJSON)`) : une variable déclarée structure, objet ou tableau donnée comme texte
// (paramètre 2) est WL115 à l'appel, avec les mots de l'exécution, qui disent l'ordre
// (?3013066 : Désérialise(<variable>, <texte>, <format>), comme Sérialise). `moi` n'est
// pas un mot de WLanguage : WL101 dit objet ou MoiMême.
STRUCTURE STLigne
	sCode est une chaîne
FIN
CLigne est une Classe
	nQté est un entier
FIN
sContenu est une chaîne = "{}"
stLigne est un STLigne
oLigne est un CLigne
tabLignes est un tableau de STLigne
désérialise(sContenu, stLigne, psdJSON) // error: WL115:1 Désérialise: parameter 2 is the serialized text (a string or a Buffer), not a structure or an object; the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>)
DESERIALISE(sContenu, tabLignes, psdJSON) // error: WL115:1 Désérialise: parameter 2 is the serialized text (a string or a Buffer), not an array; the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>)
Désérialise(stLigne, sContenu, psdJSON)
oLigne.Charge(sContenu)

PROCÉDURE CLigne::Charge(sTexte est une chaîne)
Désérialise(sTexte, moi, psdJSON) // error: WL101:21 'moi' is not declared; l'objet sur lequel une méthode s'exécute s'écrit objet (object) ou MoiMême (MySelf), ses membres :nom (ou nom)
Désérialise(objet, sTexte, psdJSON)
