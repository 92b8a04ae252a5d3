// CombinaisonDepuisValeur d'une valeur qui somme les valeurs associées de plusieurs
// options donne la combinaison de ces options
COMB_RolePhoto est une Combinaison
	Photo_Defaut = 1
	Photo_Face = 2
	Photo_Dos = 16
FIN
coRole est un COMB_RolePhoto = CombinaisonDepuisValeur(COMB_RolePhoto, 18)
Trace(coRole[Photo_Defaut], coRole[Photo_Face], coRole[Photo_Dos]) // expect: 0, 1, 1
coRole = COMBINAISONDEPUISVALEUR(COMB_RolePhoto, 1)
Trace(coRole[Photo_Defaut], coRole[Photo_Dos]) // expect: 1, 0
Trace(CombinaisonDepuisValeur(COMB_RolePhoto, 32)) // expect error: 32 is not a value of the combination COMB_RolePhoto
