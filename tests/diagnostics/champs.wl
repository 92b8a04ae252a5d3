// champs de fenêtre : un nom au préfixe d'un champ WINDEV, déclaré nulle part, est un champ
SAI_Nom = "Dupont" // warning: WL212:1 control SAI_Nom: not available outside a window
Trace(LIB_Titre..Libellé) // warning: WL212:7 control LIB_Titre: not available outside a window
Trace(FEN_Principale..Titre) // warning: WL212:7 window FEN_Principale: not available outside a window
GRP_Avertissement..Visible = Faux // warning: WL212:1 control GRP_Avertissement: not available outside a window
sai_local est une chaîne = "variable"
Trace(sai_local)
// le préfixe compte en majuscules seulement : ce nom n'est pas déclaré
lib_autre = "x" // error: WL101:1 'lib_autre' is not declared
// le nom que l'éditeur donne à un nouveau champ (un type et un numéro), et TBL_, LST_...
Jauge1..BorneMax = 10 // warning: WL212:1 control Jauge1: not available outside a window
Trace(Libellé2) // warning: WL212:7 control Libellé2: not available outside a window
TBL_Lignes..Occurrence = 0 // warning: WL212:1 control TBL_Lignes: not available outside a window
Trace(LST_Villes) // warning: WL212:7 control LST_Villes: not available outside a window
CMB_Pays..Valeur = "FR" // warning: WL212:1 control CMB_Pays: not available outside a window
Trace(Montant1) // error: WL101:7 'Montant1' is not declared
// les mots de l'élément dont le code s'exécute, dans le code d'une fenêtre gardé en script
ChargerPlats(MoiMême..ValeurInitiale) // warning: WL212:14 control MoiMême: not available outside a window
Trace(MaFenêtre..Titre) // warning: WL212:7 window MaFenêtre: not available outside a window
PROCÉDURE ChargerPlats(sCatégorie)
Trace(sCatégorie)
