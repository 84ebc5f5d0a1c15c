package org.yichuang.device.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
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
import org.yichuang.usecase.port.PrintJob;

/**
 * The system's printers through javax.print (CUPS on Linux), PDFs laid out by PDFBox on A4; where a CUPS scheduler
 * answers IPP, each queue's state and each job's end are read from it (ADR 0020).
 */
public final class SystemPrinter implements DocumentPrinter {
    private final CupsQueue cups;

    public SystemPrinter() {
        this(Duration.ofSeconds(10));
    }

    /** {@code wait}: how long a job is followed before it counts as sent and on its way. */
    public SystemPrinter(Duration wait) {
        this.cups = new CupsQueue(IppClient.local(), wait);
    }

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
    public PrintJob print(byte[] pdf, String printer, String title, int copies, boolean duplex)
            throws PrintFailedException {
        PrintService service = service(printer)
                .orElseThrow(() -> new PrintFailedException("printer " + printer + " is not installed", null));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(Math.max(1, copies)));
        if (duplex && service.isAttributeValueSupported(Sides.DUPLEX, null, null)) {
            attributes.add(Sides.DUPLEX);
        }
        attributes.add(MediaSizeName.ISO_A4); // CUPS queues default to Letter
        attributes.add(new JobName(title, null));
        int before = cups.lastJobId(printer);
        send(pdf, service, attributes, printer);
        return cups.follow(printer, title, before);
    }

    private static void send(byte[] pdf, PrintService service, PrintRequestAttributeSet attributes, String printer)
            throws PrintFailedException {
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
    public DeviceState queue(String printer) {
        return cups.state(printer).orElseGet(() -> new DeviceState(DeviceState.Family.PRINTER, printer,
                DeviceState.Condition.READY, DeviceState.Reason.READY, ""));
    }

    @Override
    public boolean cancel(PrintJob job) {
        return cups.cancel(job);
    }

    @Override
    public DeviceState state() {
        String name = defaultPrinter();
        int count = PrintServiceLookup.lookupPrintServices(null, null).length;
        if (count == 0) {
            return DeviceState.of(DeviceState.Family.PRINTER, DeviceState.Condition.ABSENT, DeviceState.Reason.NO_PRINTER);
        }
        var queue = name == null ? java.util.Optional.<DeviceState>empty() : cups.state(name);
        if (queue.isPresent() && queue.get().condition() != DeviceState.Condition.READY) {
            return queue.get();
        }
        return new DeviceState(DeviceState.Family.PRINTER, name, DeviceState.Condition.READY,
                DeviceState.Reason.PRINTERS_INSTALLED, Integer.toString(count));
    }
}
