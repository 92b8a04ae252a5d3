// une constante de classe ou une valeur d'énumération affectée : WL106
CA est une Classe
	CONSTANTE
		TVA = 20
	FIN
FIN
ECouleur est une Énumération
	Rouge
FIN
CA::TVA = 3 // error: WL106:5 cannot assign to the constant 'TVA'
ECouleur.Rouge = 3 // error: WL106:10 cannot assign to the constant 'Rouge'
