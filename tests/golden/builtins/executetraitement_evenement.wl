// ExécuteTraitement d'un événement de champ (tout autre traitement que trtProcédure) est
// une fonction de fenêtre : elle s'arrête sur une erreur qui le dit
s est une chaîne = "BTN_Enregistrer"
ExécuteTraitement(s, trtClic) // expect error: ExecuteProcess runs the event of a window or a control: a window function
