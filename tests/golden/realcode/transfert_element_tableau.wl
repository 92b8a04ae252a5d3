// Transfert depuis ou vers `&t[k]`, un élément d'un tableau fixe : la mémoire du tableau
// à partir de cet élément, ses éléments se suivant (l'exemple de trames réseau de PC SOFT
// lit ainsi les adresses IP d'un paquet : `Transfert(&:_nIPSource, &:_nPaquet[13], 4)`) ;
// l'exécution s'arrêtait ("&t[...] holds 1") : seul l'octet de l'élément était copiable
ST_Entête est une Structure
	nLongueur est un entier sans signe sur 2 octets
	tDrapeaux est un tableau fixe de 4 entiers sans signe sur 1 octet
FIN
tPaquet est un tableau fixe de 8 entiers sans signe sur 1 octet
POUR i = 1 _À_ 8
	tPaquet[i] = i * 16
FIN
nSource est un entier sans signe sur 4 octets
Transfert(&nSource, &tPaquet[5], 4)
Trace(NumériqueVersChaîne(nSource, "08X")) // expect: 80706050
nPort est un entier sans signe sur 2 octets = 0xBEEF
Transfert(&tPaquet[2], &nPort, 2)
Trace(tPaquet[1], tPaquet[2], tPaquet[3], tPaquet[4]) // expect: 16, 239, 190, 64
stEntête est un ST_Entête
stEntête.tDrapeaux[1] = 1
Transfert(&stEntête.tDrapeaux[2], &nPort, 2)
Trace(stEntête.tDrapeaux[1], stEntête.tDrapeaux[2], stEntête.tDrapeaux[3], stEntête.tDrapeaux[4]) // expect: 1, 239, 190, 0
// l'indice lu comme t[k] le lit : un réel ou un monétaire (il s'arrêtait, "&t[...] is
// not an element of the array (8 elements)", là où t[k] donnait l'élément)
rA est un réel = 3
moA est un monétaire = 3.9
nCourt est un entier sans signe sur 2 octets
Transfert(&nCourt, &tPaquet[rA], 2)
Trace(tPaquet[rA], nCourt) // expect: 190, 16574
nCourt = 0
Transfert(&nCourt, &tPaquet[moA], 2)
Trace(tPaquet[moA], nCourt) // expect: 190, 16574
Trace(IPv4(tPaquet, 5)) // expect: 80.96.112.128
// expect error: Transfert: 4 bytes asked, &tPaquet[...] holds 3: the copy would read memory that is not the variable's.
Transfert(&nSource, &tPaquet[6], 4)

PROCÉDURE IPv4(t est un tableau d'entiers sans signe sur 1 octet, nPremier est un entier) : chaîne
n est un entier sans signe sur 4 octets
tCopie est un tableau fixe de 4 entiers sans signe sur 1 octet
POUR i = 1 _À_ 4
	tCopie[i] = t[nPremier + i - 1]
FIN
Transfert(&n, &tCopie[1], 4)
RENVOYER ChaîneConstruit("%1.%2.%3.%4", ETBinaire(n, 0xFF), ETBinaire(bitDécaleDroite(n, 8), 0xFF), ...
	ETBinaire(bitDécaleDroite(n, 16), 0xFF), bitDécaleDroite(n, 24))
