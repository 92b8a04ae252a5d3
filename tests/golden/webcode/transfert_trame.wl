// Le code qui lit des trames binaires (d'une socket, d'un appareil) copie le Buffer reçu
// sur une structure avec Transfert(&destination, &source, taille), et une structure dans
// un Buffer pour l'envoyer. wlinterp n'a pas de mémoire : les octets sont ceux des
// membres, dans l'ordre de leur déclaration, sans bourrage (INFERRED : docs/semantics.md
// "Transfer(&destination, &source, n)").
STTrame est une Structure
	sEntête est une chaîne sur 3
	nIndex est un entier sur 4
	tabValeurs est un tableau fixe de 2 entiers sur 2
	sFin est une chaine sur 3
FIN
STNote est une Structure
	sTexte est une chaîne
FIN
TAILLE_TRAME est un entier = 14
bufReçu est un Buffer = "ABC" + Caract(1) + Caract(1) + Caract(0) + Caract(0) + ...
	Caract(7) + Caract(0) + Caract(255) + Caract(255) + "END"
stTrame est un STTrame
TRANSFERT(&stTrame, &bufReçu, TAILLE_TRAME)
Trace(stTrame.sEntête, stTrame.nIndex, stTrame.tabValeurs[1], stTrame.tabValeurs[2], stTrame.sFin) // expect: ABC, 257, 7, -1, END
stTrame.nIndex = 258
stTrame.sFin = "Z"
bufAEnvoyer est un Buffer
Transfert(&bufAEnvoyer, &stTrame, TAILLE_TRAME)
Trace(Taille(bufAEnvoyer), BufferVersHexa(bufAEnvoyer)) // expect: 14, 41 42 43 02 01 00 00 07 00 FF FF 5A 00 00
// moins d'octets que la structure : seuls ses premiers membres changent
stAutre est un STTrame
stAutre.sFin = "OLD"
transfert(&stAutre, &bufReçu, 7)
Trace(stAutre.sEntête, stAutre.nIndex, stAutre.sFin) // expect: ABC, 257, OLD
// une variable simple : sa taille déclarée
nMot est un entier sans signe sur 2
bufMot est un Buffer = bufReçu[[10 À 11]]
Transfert(&nMot, &bufMot, 2)
Trace(nMot) // expect: 65535
// une chaîne sans taille est tenue par référence : refusée en mots
stNote est un STNote
QUAND EXCEPTION DANS
	Transfert(&stNote, &bufReçu, 4)
FAIRE
	Trace(ExceptionInfo()) // expect: Transfert: &stNote.sTexte is a string without a size: inside a structure WINDEV holds it by reference; declare it with its size (string on N).
FIN
Transfert(&stTrame, &bufReçu, 20) // expect error: Transfert: 20 bytes asked, &bufReçu holds 14: the copy would read memory that is not the variable's.
