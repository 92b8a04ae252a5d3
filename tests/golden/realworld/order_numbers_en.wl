// Web shop back office in the style of PC SOFT's e-commerce set: a daily order
// counter locked while it is read, order numbers "OF01-date-seq", addresses copied
// into an archive file through a data source alias, a customer read into a structure,
// a check procedure returning two values.
CONSTANT
	ORD_WAITINGFORPAYMENT = 1
	ORD_PREPARATION = 2
	ORD_DELIVERED = 4
	ADDR_ARCHIVE = 2
END

STCustomer is Structure
	CustomerID is 8-byte int
	LastName is string
	eMail is string
END

gsURLBasketPage is string
gsCurrentError is string

DescribeFiles()
Customer.LastName = "Moreau" ; Customer.eMail = "moreau@shop.test" ; HAdd(Customer)
Address.CustomerID = Customer.CustomerID ; Address.FullName = "Moreau, 3 rue des Lilas, Lyon" ; HAdd(Address)

sFirst is string = OrderCreate(Customer.CustomerID)
sSecond is string = OrderCreate(Customer.CustomerID)
Trace(sFirst [= "OF01-" + DateSys(), Right(sFirst, 8), Right(sSecond, 8))
Trace(HNbRec(OrderCounter) + " counter, " + HNbRec(Orders) + " orders")
// expect: 1, 00000001, 00000002
// expect: 1 counter, 2 orders

HReadSeekFirst(Orders, OrderID, 2)
Trace(OrderModifyAddress(Address.AddressID), Orders.DeliveryAddressID <> 0)
Trace(AddressFullName(Orders.DeliveryAddressID, ADDR_ARCHIVE))
Trace(AddressFullName(Address.AddressID, 0))
// expect: 1, 1
// expect: Moreau, 3 rue des Lilas, Lyon
// expect: Moreau, 3 rue des Lilas, Lyon

st is STCustomer = GetCustomer(Customer.CustomerID)
Trace(st.LastName + " <" + st.eMail + ">")
// expect: Moreau <moreau@shop.test>

Trace(OrderModifyStatus(ORD_PREPARATION), OrderModifyStatus(99))
HReadSeekFirst(Orders, OrderID, 2)
Trace(Orders.OrderStatus)
// expect: 1, 0
// expect: 2

bOK is boolean
sMissing is string
(bOK, sMissing) = CheckPages()
Trace(bOK, sMissing)
gsURLBasketPage = "basket.html"
(bOK, sMissing) = CheckPages()
Trace(bOK, "[" + sMissing + "]")
// expect: 0, gsURLBasketPage;gsCurrentError
// expect: 0, [gsCurrentError]

PROCEDURE OrderCreate(nCustomerID is 8-byte int)
// Find today's counter and lock it; create it the first time
WHILE HReadSeekFirst(OrderCounter, OrderDate, DateSys(), hLockWrite) = False
	IF HFound() = False THEN
		OrderCounter.OrderDate = DateSys()
		OrderCounter.Number = 0
		HAdd(OrderCounter)
	ELSE
		IF HErrorLock() THEN
			CONTINUE
		ELSE
			RESULT ""
		END
	END
END
nSequenceNum is int = OrderCounter.Number + 1
OrderCounter.Number++
IF HModify(OrderCounter) = False THEN
	gsCurrentError = ErrorInfo(errFullDetails)
END
sOrderNum is string = "OF01-" + DateSys() + NumToString(nSequenceNum, "08d")
HReset(Orders)
Orders.OrderNum = sOrderNum
Orders.DeliveryAddressID = 0
Orders.OrderStatus = ORD_WAITINGFORPAYMENT
Orders.CustomerID = nCustomerID
IF HAdd(Orders) = False THEN
	sOrderNum = ""
END
RESULT sOrderNum
END:
HUnlockRecNum(OrderCounter, hCurrentRecNum)

PROCEDURE OrderModifyAddress(nAddressID is 8-byte int)
bModifAddress is boolean = Orders.DeliveryAddressID <> 0
IF HReadSeekFirst(Address, AddressID, nAddressID) THEN
	HCopyRecord(ArchiveAddress, Address)
	IF bModifAddress THEN
		RESULT HModify(ArchiveAddress)
	END
	IF HAdd(ArchiveAddress) = False THEN
		gsCurrentError = ErrorInfo(errFullDetails)
		RESULT False
	END
	Orders.DeliveryAddressID = ArchiveAddress.AddressID
	RESULT HModify(Orders)
END
RESULT False

PROCEDURE AddressFullName(nAddressID is 8-byte int, nOption is int)
bArchivedAddress is boolean = (BinaryAND(nOption, ADDR_ARCHIVE) > 0)
dsAddress is Data Source
IF bArchivedAddress THEN
	HAlias(ArchiveAddress, dsAddress)
	HChangeName(dsAddress, ArchiveAddress..PhysicalName)
ELSE
	HAlias(Address, dsAddress)
	HChangeName(dsAddress, Address..PhysicalName)
END
HReadSeekFirst(dsAddress, AddressID, nAddressID)
IF HFound(dsAddress) THEN
	RESULT dsAddress.FullName
END
RESULT ""
END:
HCancelAlias(dsAddress)

PROCEDURE GetCustomer(nCustomerID is 8-byte int)
stCustomerInfo is STCustomer
IF HReadSeekFirst(Customer, CustomerID, nCustomerID) THEN
	FileToMemory(stCustomerInfo, Customer)
END
RESULT stCustomerInfo

PROCEDURE OrderModifyStatus(nStatus)
IF NOT nStatus IN (ORD_WAITINGFORPAYMENT, ORD_PREPARATION, ORD_DELIVERED) THEN
	RESULT False
END
Orders.OrderStatus = nStatus
RESULT HModify(Orders)

PROCEDURE CheckPages()
bResult is boolean = True
sNamePagesErrors is string
IF gsURLBasketPage ~= "" THEN
	bResult = False
	sNamePagesErrors += [";"] + "gsURLBasketPage"
END
IF gsCurrentError ~= "" THEN
	bResult = False
	sNamePagesErrors += [";"] + "gsCurrentError"
END
RESULT (bResult, sNamePagesErrors)

PROCEDURE DescribeFiles()
fd is File Description
it is Item Description
fd..Name = "OrderCounter"
it..Name = "OrderDate" ; it..Type = hItemDate ; it..KeyType = hUniqueKey
HDescribeItem(fd, it)
it..Name = "Number" ; it..Type = hItemInt ; it..KeyType = hNotAKey
HDescribeItem(fd, it)
HDescribeFile(fd)
fd2 is File Description
fd2..Name = "Orders"
it..Name = "OrderID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd2, it)
it..Name = "OrderNum" ; it..Type = hItemText ; it..Size = 30 ; it..KeyType = hUniqueKey
HDescribeItem(fd2, it)
it..Name = "CustomerID" ; it..Type = hItemInt ; it..KeyType = hDuplicatesKey
HDescribeItem(fd2, it)
it..Name = "DeliveryAddressID" ; it..Type = hItemInt ; it..KeyType = hNotAKey
HDescribeItem(fd2, it)
it..Name = "OrderStatus" ; it..Type = hItemInt ; it..KeyType = hNotAKey
HDescribeItem(fd2, it)
HDescribeFile(fd2)
fd3 is File Description
fd3..Name = "Address"
it..Name = "AddressID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd3, it)
it..Name = "CustomerID" ; it..Type = hItemInt ; it..KeyType = hDuplicatesKey
HDescribeItem(fd3, it)
it..Name = "FullName" ; it..Type = hItemText ; it..Size = 80 ; it..KeyType = hNotAKey
HDescribeItem(fd3, it)
HDescribeFile(fd3)
fd5 is File Description
fd5..Name = "ArchiveAddress"
it..Name = "AddressID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd5, it)
it..Name = "CustomerID" ; it..Type = hItemInt ; it..KeyType = hDuplicatesKey
HDescribeItem(fd5, it)
it..Name = "FullName" ; it..Type = hItemText ; it..Size = 80 ; it..KeyType = hNotAKey
HDescribeItem(fd5, it)
HDescribeFile(fd5)
fd4 is File Description
fd4..Name = "Customer"
it..Name = "CustomerID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd4, it)
it..Name = "LastName" ; it..Type = hItemText ; it..Size = 40 ; it..KeyType = hNotAKey
HDescribeItem(fd4, it)
it..Name = "eMail" ; it..Type = hItemText ; it..Size = 80 ; it..KeyType = hNotAKey
HDescribeItem(fd4, it)
HDescribeFile(fd4)
HCreation("*")
