package org.cytobench.flow.gatingml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/** The Gating-ML 2.0 namespaces and a parser configured so that XML cannot reach outside the file. */
public final class GatingMl {
    public static final String GATING = "http://www.isac-net.org/std/Gating-ML/v2.0/gating";
    public static final String TRANSFORMS = "http://www.isac-net.org/std/Gating-ML/v2.0/transformations";
    public static final String DATATYPES = "http://www.isac-net.org/std/Gating-ML/v2.0/datatypes";

    private GatingMl() {}

    /**
     * A namespace-aware DOM parser with secure processing: no DTDs (so no entity expansion or XXE), no external entities
     * or schemas, no XInclude. Gating-ML and FlowJo workspaces need none of them.
     */
    public static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser does not support secure processing", e);
        }
    }
}
