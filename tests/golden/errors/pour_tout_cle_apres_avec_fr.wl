// POUR TOUT sur un fichier de données avec sa clé écrite après sa condition : la
// syntaxe de POUR TOUT sur un fichier met la clé d'abord (SUR, puis AVEC). C'était
// « unexpected 'sur'; expected end of line ».
pour tout Client avec Nom = "Zoé" sur Nom // expect error: 'sur' comes before 'avec' in a POUR TOUT on a data file: write pour tout Client sur <key> avec <condition>
	Trace(Client.Nom)
fin
