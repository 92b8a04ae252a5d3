// HPositionCourante / HPositionne : noms français
POUR i = 1 À 3
	HRAZ(Customer)
	Customer.Name = ExtraitChaîne("Alain,Bruno,Chloé", i, ",")
	HAjoute(Customer)
FIN
HLitDernier(Customer, Name)
Trace(HPositionCourante(Customer, Name))                  // expect: 1000
Trace(HPositionne(Customer, Name, 500, hPrécisionMoyenne), Customer.Name)   // expect: 1, Bruno
