// WEBDEV/WINDEV page code in English: database and UI calls live in procedures that
// this script never calls; the pure helpers below them still run.
Trace(PriceLabel(0))        // expect: Free
Trace(PriceLabel(1299.5))   // expect: 1 299.50 EUR
Trace(StockBadge(0), StockBadge(3), StockBadge(40)) // expect: Out of stock, Only 3 left, In stock

PROCEDURE LoadProduct(nProductID is int)
HReadSeekFirst(Product, ProductID, nProductID)
IF NOT HFound(Product) THEN
    Error(<§$0001§>, HErrorInfo())
    RETURN
END
EDT_Name = Product.Name
STC_Price..Caption = Product.Price = 0 ? <§$0002§> ELSE PriceLabel(Product.Price)
STC_Stock..Caption = StockBadge(Product.Stock)
IMG_Photo..Visible = Product.Photo ~= "" ? False ELSE True
TableDisplay(TABLE_Variants, taCurrentFirst)
PageDisplay(PAGE_Product)

PROCEDURE SaveProduct()
HReset(Product)
ScreenToFile()
IF NOT HAdd(Product) THEN
    IF YesNo("Retry?") = Yes THEN ExecuteProcess(BTN_Save, trtClick)
END
ToastDisplay(<§@3b8b5c017aca59da0001§>, toastShort)
ReturnToCapture(EDT_Name)

PROCEDURE PriceLabel(mPrice is currency) : string
IF mPrice = 0 THEN RESULT "Free"
RESULT NoSpace(NumToString(mPrice, "12.2fS")) + " EUR"

PROCEDURE StockBadge(nStock is int)
SWITCH nStock
    CASE 0: RESULT "Out of stock"
    CASE 1 TO 5: RESULT StringBuild("Only %1 left", nStock)
    OTHER CASE: RESULT "In stock"
END
