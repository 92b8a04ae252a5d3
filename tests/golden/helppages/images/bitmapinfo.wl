// ?3029015 (BitmapInfo, ImageInfo since WINDEV 2025 Update 2): the page's example as
// written. No C:\Windows\TILES.BMP exists here, so the page's own rule gives the result:
// "BAD" for a file that does not exist, with empty width and height (Val gives 0).
ImageInfo, Format are strings
Height, Width are int
// Retrieve the characteristics of the image
ImageInfo = BitmapInfo("C:\Windows\TILES.BMP")
// In Windows Mobile:
// ImageInfo = BitmapInfo("\Windows\TILES.BMP")
Format = ExtractString(ImageInfo, 1)
Width = Val(ExtractString(ImageInfo, 2))
Height = Val(ExtractString(ImageInfo, 3))
// Display the characteristics
Info("Format of the image: " + Format, "Width: " + Width, "Height: " + Height)
// expect: Format of the image: BAD
// expect: Width: 0
// expect: Height: 0
