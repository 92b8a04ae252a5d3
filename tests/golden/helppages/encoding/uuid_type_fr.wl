// Page d'aide UUID (Type de variable) ?1514083, son exemple avec les noms français,
// puis ce que disent ses remarques : un UUID vide vaut Nil_UUID (128 bits) ou
// Nil_UUID256 (256 bits) ; les formes "8-4-4-4-12", "{...}" et 32 chiffres sont
// reconnues. Gardé sous sa forme standard, en minuscules (le type était inconnu).
v est un UUID 	// Déclaration d'un UUID sur 128 bits par défaut
v1 est un UUID sur 128
v2 est un UUID sur 256
Trace(v = Nil_UUID, v1 = Nil_UUID, v2 = Nil_UUID256) // expect: 1, 1, 1
Trace(v) // expect: 00000000-0000-0000-0000-000000000000
v = "CD9FE4B6-AE1D-448C-B157-D9EA074726CF"
Trace(v) // expect: cd9fe4b6-ae1d-448c-b157-d9ea074726cf
v1 = "{CD9FE4B6-AE1D-448C-B157-D9EA074726CF}"
Trace(v1 = v) // expect: 1
v1 = "CD9FE4B6AE1D448CB157D9EA074726CF"
Trace(v1 = v) // expect: 1
v2 = "BD05DB772A9970C1D91ADF8F86A7217AD65C64CF95B8CC6BC10CAD69432F0473"
Trace(v2) // expect: bd05db772a9970c1d91adf8f86a7217ad65c64cf95b8cc6bc10cad69432f0473
// Un texte qui n'est pas un UUID : la conversion n'a pas de sens
v = "pas un UUID" // expect error: is not a UUID
