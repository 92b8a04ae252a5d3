// Désérialise(<variable>, <texte>, <format>) (?3013066), dans l'ordre de Sérialise. Du
// code du web écrit le texte d'abord (`Désérialise(sContenu, MesRéglages, psdJSON)`, les
// réglages d'un client d'API lus dans un fichier) : la page de WINDEV n'a pas cette
// forme, wlinterp la refuse en disant l'ordre au lieu de « a value of type ... cannot be
// converted to a string ». Un texte d'abord et un Variant vide ensuite est la même
// erreur : ErreurDétectée, avec les mêmes mots.
STRUCTURE STRéglages
	sAdresseBase est une chaîne
	nDélai est un entier
FIN
sContenu est une chaîne = "{""sAdresseBase"":""https://api.exemple.test"",""nDelai"":45}"
stRéglages est un STRéglages
Désérialise(stRéglages, sContenu, psdJSON)
Trace(stRéglages.sAdresseBase, stRéglages.nDélai) // expect: https://api.exemple.test, 45
vRéponse est un Variant
désérialise(sContenu, vRéponse, psdJSON)
Trace(ErreurDétectée) // expect: 1
Trace(ErreurInfo()) // expect: Désérialise: the serialized text (parameter 2) is empty and parameter 1 holds a text: the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>).
DESERIALISE(vRéponse, sContenu, psdJSON)
Trace(vRéponse.nDelai) // expect: 45
tabRéglages est un tableau de STRéglages
Désérialise(sContenu, tabRéglages, psdJSON) // expect error: Désérialise: parameter 2 is the serialized text (a string or a Buffer), not an array; the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>).
