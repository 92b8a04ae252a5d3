// fonctions inconnues et nombre de paramètres, en français
s est une chaîne = "abc"
Trace(Taile(s)) // error: WL102:7 unknown procedure or function 'Taile'; did you mean Taille?
TableAffiche(TABLE_Client) // error: WL103:1 TableAffiche is a window function: not available outside the IDE (wlinterp runs code without windows).
sNom est une chaîne = "éa"
Trace(sNom.Formate(ccMajuscule, 2)) // error: WL104:12 The method .Formate() is ChaîneFormate, which expects 2 parameter(s) counting the value it is called on, but received 3
Trace(sNom.Existe("a")) // error: WL109:12 'Existe' is not a method of a string: no String, Date or Time function is named so
// un tableau associatif déclaré avec ses options (ccSansCasse) est un tableau associatif :
// sa méthode était prise pour zipExiste (WL104)
taPrix est un tableau associatif (ccSansCasse) de monétaires
Trace(taPrix.Existe("TVA")) // error: WL109:14 'Existe' is not a method of an associative array: no Array function is named so
Trace(Somme(1, 2, 3)) // error: WL104:7 Somme expects 2 parameter(s) but received 3
PROCÉDURE Somme(a, b)
RENVOYER a + b
