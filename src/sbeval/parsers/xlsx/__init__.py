"""The .xlsx reader: each sheet one table of origin cells, values as Excel displays them."""
