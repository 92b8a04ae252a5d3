// (method b) Un fichier WAV (bip de contrôle d'une balance) écrit octet par octet dans un
// Buffer : en-tête RIFF aux entiers petit-boutiste (& 0xFF, bitDécaleDroite), données
// 8 bits ; relu (Asc(buf[i]), Milieu, BufferVersHexa). Passe tel qu'écrit. Jumeau anglais
// wav_header_bytes_en.wl.
sFichier est une chaîne = fRepTemp() + "\wl_bip_" + Hasard(1, 99999999) + ".wav"
nFréquence est un entier = 8000
nÉchantillons est un entier = 800 // 0,1 s, 8 bits mono
bufDonnées est un Buffer
POUR i = 0 _À_ nÉchantillons - 1
	// carré à 400 Hz : 10 échantillons haut, 10 bas
	SI PartieEntière(i / 10) modulo 2 = 0 ALORS bufDonnées += Caract(200) SINON bufDonnées += Caract(56)
FIN
bufWAV est un Buffer = "RIFF" + Petit(36 + Taille(bufDonnées), 4) + "WAVE"
bufWAV += "fmt " + Petit(16, 4) + Petit(1, 2) + Petit(1, 2) + Petit(nFréquence, 4) + Petit(nFréquence, 4) + Petit(1, 2) + Petit(8, 2)
bufWAV += "data" + Petit(Taille(bufDonnées), 4) + bufDonnées
fSauveBuffer(sFichier, bufWAV)
Trace(fTaille(sFichier)) // expect: 844
// relecture
bufLu est un Buffer = fChargeBuffer(sFichier)
Trace(Gauche(bufLu, 4), Milieu(bufLu, 9, 4), LitPetit(bufLu, 5, 4) + 8, LitPetit(bufLu, 25, 4), LitPetit(bufLu, 35, 2)) // expect: RIFF, WAVE, 844, 8000, 8
Trace(Asc(bufLu[45]), Asc(bufLu[54]), Asc(bufLu[55]), BufferVersHexa(Milieu(bufLu, 37, 8), SansRegroupement)) // expect: 200, 200, 56, 6461746120030000
fSupprime(sFichier)

PROCÉDURE Petit(nValeur est un entier, nOctets est un entier) : Buffer
bufRésultat est un Buffer
POUR j = 1 À nOctets
	bufRésultat += Caract(nValeur & 0xFF)
	nValeur = bitDécaleDroite(nValeur, 8)
FIN
RENVOYER bufRésultat

PROCÉDURE LitPetit(bufSource est un Buffer, nDébut est un entier, nOctets est un entier) : entier
nValeur est un entier
POUR j = nOctets À 1 PAS -1
	nValeur = nValeur * 256 + Asc(bufSource[nDébut + j - 1])
FIN
RENVOYER nValeur
