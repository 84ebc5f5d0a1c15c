package org.yichuang.device.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.yichuang.usecase.port.DeviceState;
import org.yichuang.usecase.port.DocumentPrinter;

/** The system's printers through javax.print (CUPS on Linux), PDFs laid out by PDFBox on A4. */
public final class SystemPrinter implements DocumentPrinter {

    @Override
    public List<String> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    @Override
    public String defaultPrinter() {
        PrintService service = PrintServiceLookup.lookupDefaultPrintService();
        return service == null ? null : service.getName();
    }

    @Override
    public boolean offersDuplex(String printer) {
        return service(printer).map(s -> s.isAttributeValueSupported(Sides.DUPLEX, null, null)).orElse(false);
    }

    private static java.util.Optional<PrintService> service(String printer) {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printer)).findFirst();
    }

    @Override
    public void print(byte[] pdf, String printer, int copies, boolean duplex) throws PrintFailedException {
        PrintService service = service(printer)
                .orElseThrow(() -> new PrintFailedException("printer " + printer + " is not installed", null));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(Math.max(1, copies)));
        if (duplex && service.isAttributeValueSupported(Sides.DUPLEX, null, null)) {
            attributes.add(Sides.DUPLEX);
        }
        attributes.add(MediaSizeName.ISO_A4); // CUPS queues default to Letter
        attributes.add(new JobName("yichuang", null));
        try {
            if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
                // CUPS takes PDF as it is: text stays text and nothing is rasterised
                service.createPrintJob().print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null),
                        attributes);
                return;
            }
            try (PDDocument document = Loader.loadPDF(pdf)) { // drivers without PDF input: PDFBox draws the pages
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setPrintService(service);
                job.setPageable(new PDFPageable(document));
                job.print(attributes);
            }
        } catch (IOException | PrinterException | PrintException e) {
            throw new PrintFailedException("printing on " + printer + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public DeviceState state() {
        String name = defaultPrinter();
        int count = PrintServiceLookup.lookupPrintServices(null, null).length;
        if (count == 0) {
            return DeviceState.of(DeviceState.Family.PRINTER, DeviceState.Condition.ABSENT, DeviceState.Reason.NO_PRINTER);
        }
        return new DeviceState(DeviceState.Family.PRINTER, name, DeviceState.Condition.READY,
                DeviceState.Reason.PRINTERS_INSTALLED, Integer.toString(count));
    }
}
