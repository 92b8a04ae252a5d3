// HInfoFichier : la taille en octets des parties d'un fichier de données
POUR i = 1 À 200
	HRAZ(Customer)
	Customer.Name = "Name " + i
	Customer.Email = "mail" + i + "@example.com"
	Customer.Notes = Répète("memo ", 2000)
	HAjoute(Customer)
FIN
nData est un entier = HInfoFichier(Customer, 1)
nIndex est un entier = HInfoFichier(Customer, 2)
nMemo est un entier = HInfoFichier(Customer, 4)
Trace(nData > 0, nIndex > 0, nMemo >= 0)                     // expect: 1, 1, 1
Trace(HInfoFichier(Customer, 8))                                 // expect: 0
Trace(HInfoFichier(Customer, 65535) = nData + nIndex + nMemo)    // expect: 1
Trace(HInfoFichier(Customer, 1 + 2) = nData + nIndex)            // expect: 1
// un fichier qui a plus d'enregistrements est plus gros
before est un entier = HInfoFichier(Product, 65535)
POUR i = 1 À 300
	HRAZ(Product)
	Product.Reference = "R" + i
	Product.Label = Répète("x", 50)
	HAjoute(Product)
FIN
Trace(HInfoFichier(Product, 65535) > before)                     // expect: 1
// un mode inconnu échoue comme les fonctions H*
Trace(HInfoFichier(Customer, 0), HErreur() <> 0)                  // expect: -1, 1
