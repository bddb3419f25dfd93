//! A case system that keeps what it receives in memory and never fails: the baseline that
//! separates the cost of the vault from the cost of HTTP and a server.

use std::collections::BTreeMap;
use std::sync::Mutex;

use leefwereld_core::sync::{
    CaseSystem, Delivery, DeliveryStep, FetchedDocument, Receipt, TransportError,
};

/// Documents by id, each with its case id and content.
#[derive(Default)]
pub struct MemoryCases {
    documents: Mutex<BTreeMap<String, (String, Vec<u8>)>>,
}

impl MemoryCases {
    /// How many documents it holds.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, (String, Vec<u8>)>> {
        self.documents.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl CaseSystem for MemoryCases {
    fn deliver(
        &self,
        delivery: &Delivery,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<Receipt, TransportError> {
        progress(DeliveryStep::CreatingDocument);
        self.lock().insert(
            delivery.document_id.clone(),
            (delivery.case_id.clone(), delivery.content.clone()),
        );
        Ok(Receipt {
            case_url: format!("memory:{}", delivery.case_id),
            document_url: format!("memory:{}", delivery.document_id),
            link_url: None,
        })
    }

    fn retract(
        &self,
        _case_id: &str,
        document_id: &str,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<(), TransportError> {
        progress(DeliveryStep::RemovingDocument);
        self.lock().remove(document_id);
        Ok(())
    }

    fn fetch_case_documents(&self, case_id: &str) -> Result<Vec<FetchedDocument>, TransportError> {
        Ok(self
            .lock()
            .iter()
            .filter(|(_, (case, _))| case == case_id)
            .map(|(id, (_, content))| FetchedDocument {
                document_id: id.clone(),
                content: content.clone(),
            })
            .collect())
    }
}
