// `c est un Champ <- SAI_Nom` (issue 8) : la déclaration est acceptée ; tout usage de c
// s'arrête sur une erreur claire (pas de fenêtres hors de l'IDE).
c est un Champ <- SAI_Nom // wl: ignore[WL101]
Trace("déclaré") // expect: déclaré
c..Valeur = "x" // expect error: on the window control SAI_Nom: window controls are not available outside the IDE
