// champs de fenêtre : un nom au préfixe d'un champ WINDEV, déclaré nulle part, est un champ
SAI_Nom = "Dupont" // warning: WL212:1 control SAI_Nom: not available outside a window
Trace(LIB_Titre..Libellé) // warning: WL212:7 control LIB_Titre: not available outside a window
Trace(FEN_Principale..Titre) // warning: WL212:7 window FEN_Principale: not available outside a window
GRP_Avertissement..Visible = Faux // warning: WL212:1 control GRP_Avertissement: not available outside a window
sai_local est une chaîne = "variable"
Trace(sai_local)
// le préfixe compte en majuscules seulement : ce nom n'est pas déclaré
lib_autre = "x" // error: WL101:1 'lib_autre' is not declared
