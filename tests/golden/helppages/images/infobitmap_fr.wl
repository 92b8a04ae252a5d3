// ?3029015 (InfoBitmap, InfoImage depuis WINDEV 2025 Update 2) : l'exemple de la page en
// français. Aucun C:\Windows\CARREAU.BMP n'existe ici : la règle de la page donne le
// résultat, « BAD » pour un fichier inexistant, largeur et hauteur vides (Val donne 0).
Info_Image, Format sont des chaînes
Hauteur, Largeur sont des entiers
// Récupération des caractéristiques de l'image
Info_Image = InfoBitmap("C:\Windows\CARREAU.BMP")
Format = ExtraitChaîne(Info_Image, 1)
Largeur = Val(ExtraitChaîne(Info_Image, 2))
Hauteur = Val(ExtraitChaîne(Info_Image, 3))
// Affichage des caractéristiques
Info("Format de l'image : " + Format, "Largeur : " + Largeur, "Hauteur : " + Hauteur)
// expect: Format de l'image : BAD
// expect: Largeur : 0
// expect: Hauteur : 0
