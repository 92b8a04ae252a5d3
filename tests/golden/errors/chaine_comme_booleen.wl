// une chaîne utilisée comme condition est une erreur fatale
réponse est une chaîne = "oui"
TANTQUE réponse // expect error: boolean
	SORTIR
FIN
