// RSA en français
bufPublique, bufPrivée sont des Buffers
Trace(CrypteGénèreCléRSA(1024, bufPublique, bufPrivée))   // expect: 1
bufScellé est un Buffer = CrypteAsymétrique("Facture n° 7", bufPublique)
Trace(Taille(bufScellé), DécrypteAsymétrique(bufScellé, bufPrivée))   // expect: 128, Facture n° 7
Trace(DecrypteAsymetrique(CrypteAsymetrique("ancien", bufPublique, cryptePaddingPKCS), bufPrivée, cryptePaddingPKCS))   // expect: ancien
Trace(DécrypteAsymétrique(CrypteAsymétrique("nommé", bufPublique, cryptePaddingOAEP), bufPrivée, cryptePaddingOAEP))   // expect: nommé
Trace(Taille(DécrypteAsymétrique("n'importe quoi", bufPrivée)), ErreurDétectée)   // expect: 0, 1
