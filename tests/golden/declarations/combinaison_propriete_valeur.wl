// `c..Valeur` sur une combinaison donne les valeurs associées des options activées
// (une option sans valeur vaut son drapeau 1, 2, 4... selon son rang), combinées comme
// les drapeaux, pour que CombinaisonDepuisValeur la relise ; une seule option donne sa
// propre valeur, aucune donne 0. Elle donnait les drapeaux par rang (2 pour
// Photo_Dos = 16). Une option nommée seule a les mêmes propriétés.
RôlePhoto est une Combinaison
	Photo_Face = 1
	Photo_Dos = 16
	Photo_Côté = 2
FIN
rôle est un RôlePhoto = Photo_Dos
Trace(rôle..Valeur, rôle..Nom)   // expect: 16, Photo_Dos
rôle = Photo_Dos + Photo_Côté
Trace(rôle..Valeur)   // expect: 18
retour est un RôlePhoto = CombinaisonDepuisValeur(RôlePhoto, rôle..Valeur)
Trace(retour..Nom)   // expect: Photo_Dos + Photo_Côté
rôle = 0
Trace(rôle..Valeur)   // expect: 0
Trace(Photo_Dos..Valeur, RôlePhoto.Photo_Côté..Valeur, Photo_Face..Nom)   // expect: 16, 2, Photo_Face
OptionsFichier est une Combinaison
	LireFichier
	ÉcrireFichier
	SupprimerFichier
FIN
action est un OptionsFichier = LireFichier + SupprimerFichier
Trace(action..Valeur)   // expect: 5
Trace(Rangée(ÉcrireFichier))   // expect: 2

PROCÉDURE Rangée(c est un OptionsFichier)
RENVOYER c..Valeur
