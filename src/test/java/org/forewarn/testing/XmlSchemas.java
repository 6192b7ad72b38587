package org.forewarn.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Validates documents against the official CAP 1.2 XSD (shipped) and an RFC 4287 Atom schema. */
public final class XmlSchemas {

    private XmlSchemas() {
    }

    /** The problems found; empty when the document is a valid CAP 1.2 alert. */
    public static List<String> capProblems(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(XmlSchemas.class.getResource("/schemas/CAP-v1.2.xsd")).newValidator();
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(collector(problems));
        validator.validate(new StreamSource(new StringReader(xml)));
        return problems;
    }

    /** The problems found; empty when the document is a valid Atom feed. */
    public static List<String> atomProblems(String xml) throws Exception {
        List<String> problems = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collector(problems));
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        if (!driver.loadSchema(new InputSource(XmlSchemas.class.getResource("/schemas/atom.rnc").toString()))) {
            throw new IllegalStateException("The Atom schema did not load: " + problems);
        }
        driver.validate(new InputSource(new StringReader(xml)));
        return problems;
    }

    private static ErrorHandler collector(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
    }
}
