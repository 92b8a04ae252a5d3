// HInfoMémo : noms français
HRAZ(Customer)
sFic est une chaîne = fFichierTemp()
fSauveTexte(sFic, "note")
HAttacheMémo(Customer, Notes, sFic, hMémoBin, "info")
Trace(ExtraitChaîne(HInfoMémo(Customer, Notes), 1, TAB), ExtraitChaîne(HInfoMémo(Customer, Notes), 3, TAB))   // expect: TXT, 4
fSupprime(sFic)
// un mémo binaire rempli par une chaîne qui garde les octets d'un Buffer (s = buf les lit
// en ANSI : l'octet 0x80 est "€") : ses octets, dans le buffer, la base et le fichier
// extrait (HInfoMémo et HExtraitMémo s'arrêtaient sur une erreur Python)
fd est une Description de Fichier
di est une Description de Rubrique
fd..Nom = "Image"
di..Nom = "ImageID"
di..Type = hRubIdAuto
HDécritRubrique(fd, di)
di..Nom = "Contenu"
di..Type = hRubMémoBinaire
HDécritRubrique(fd, di)
HDécritFichier(fd)
HCréation(Image)
bOctets est un Buffer = HexaVersBuffer("8000509C")
sGardée est une chaîne = bOctets
HRAZ(Image)
Image.Contenu = sGardée
Trace(ExtraitChaîne(HInfoMémo(Image, Contenu), 3, TAB))   // expect: 4
sSortie est une chaîne = fFichierTemp()
Trace(HExtraitMémo(Image, Contenu, sSortie), BufferVersHexa(fChargeBuffer(sSortie)))   // expect: 1, 80 00 50 9C
HAjoute(Image)
HLitDernier(Image, ImageID)
Trace(BufferVersHexa(Image.Contenu))                      // expect: 80 00 50 9C
fSupprime(sSortie)
